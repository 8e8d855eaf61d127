package dev.amdahl.exercises.processes;

import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/** A field found by its name at run time: reflection under another name. */
final class FieldUpdater {

    volatile String target = "";

    private FieldUpdater() {
    }

    static void attack() throws Exception {
        AtomicReferenceFieldUpdater<FieldUpdater, String> updater =
                AtomicReferenceFieldUpdater.newUpdater(FieldUpdater.class, String.class, "target");
        FieldUpdater victim = new FieldUpdater();
        updater.set(victim, "changed");
        System.err.println(victim.target);
    }
}
