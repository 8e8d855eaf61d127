package dev.amdahl.exercises.latency;

/**
 * The units human time is written in, from the shortest to the longest, each with its length in seconds.
 * A year is 365.25 days (the average over the four years of a leap-year cycle, as in "a light-year") and a
 * month is a twelfth of that, 30.4375 days. This enum is complete; you do not need to change it.
 */
public enum HumanUnit {
    SECOND(1, "s", "s"),
    MINUTE(60, "min", "min"),
    HOUR(3_600, "hr", "hr"),
    DAY(86_400, "day", "days"),
    WEEK(7 * 86_400, "week", "weeks"),
    MONTH(365.25 * 86_400 / 12, "month", "months"),
    YEAR(365.25 * 86_400, "year", "years");

    private final double seconds;
    private final String singular;
    private final String plural;

    HumanUnit(double seconds, String singular, String plural) {
        this.seconds = seconds;
        this.singular = singular;
        this.plural = plural;
    }

    /**
     * How long one of this unit is.
     *
     * @return its length in seconds, e.g. 60 for {@link #MINUTE}
     */
    public double seconds() {
        return seconds;
    }

    /**
     * The unit's name after a number.
     *
     * @param number the number as written, e.g. "1" or "1.7"
     * @return the singular ("day") after exactly "1", the plural ("days") after anything else
     */
    public String after(String number) {
        return number.equals("1") ? singular : plural;
    }
}
