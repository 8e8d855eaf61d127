/**
 * What a batch shows the instructor about the whole class, built from the gradebook: the CSV files that Canvas and
 * Moodle import ({@link dev.amdahl.grader.classreport.GradebookCsv}), the offline HTML class report
 * ({@link dev.amdahl.grader.classreport.ClassReport}) and the JPlag similarity check behind it
 * ({@link dev.amdahl.grader.classreport.Similarity}).
 */
package dev.amdahl.grader.classreport;
