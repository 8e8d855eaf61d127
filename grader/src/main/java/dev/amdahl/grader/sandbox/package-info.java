/**
 * Where untrusted code runs: the {@link dev.amdahl.grader.sandbox.Sandbox} interface, a run described as a
 * {@link dev.amdahl.grader.sandbox.SandboxJob} with its {@link dev.amdahl.grader.sandbox.SandboxLimits}, and what was
 * seen from outside as a {@link dev.amdahl.grader.sandbox.SandboxResult}. Two implementations: a locked-down Docker
 * container per job ({@link dev.amdahl.grader.sandbox.DockerSandbox}, built on
 * {@link dev.amdahl.grader.sandbox.SandboxImage}) and plain processes of an unprivileged user for disposable
 * machines such as Gradescope's ({@link dev.amdahl.grader.sandbox.LocalProcessSandbox}). Both give the runner its
 * event channel, a Unix socket that accepts one connection. The only package that uses docker-java; of the grader
 * it depends only on {@link dev.amdahl.grader.runner.RunnerInvocation}, whose layout the containers follow.
 */
package dev.amdahl.grader.sandbox;
