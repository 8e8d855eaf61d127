package dev.amdahl.runner.protocol;

/** Red-team case: a stand-in for the runner's channel. */
public final class EventChannel {
}
