package dev.amdahl.exercises.processes;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** Code the checks never saw, through whatever scripting engine the JVM has. */
final class Scripting {

    private Scripting() {
    }

    static void attack() throws Exception {
        for (var factory : new ScriptEngineManager().getEngineFactories()) {
            ScriptEngine engine = factory.getScriptEngine();
            System.err.println(engine.eval("java.lang.System.exit(0)"));
        }
    }
}
