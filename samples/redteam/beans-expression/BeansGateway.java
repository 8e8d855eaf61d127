package dev.amdahl.exercises.processes;

import java.beans.Expression;
import java.beans.Statement;

/** Reflection through java.beans: the call is made by the JDK on the submission's behalf. */
final class BeansGateway {

    private BeansGateway() {
    }

    static void attack() throws Exception {
        Object type = new Expression(Class.class, "forName", new Object[] {"sun.misc.Unsafe"}).getValue();
        Object field = new Expression(type, "getDeclaredField", new Object[] {"theUnsafe"}).getValue();
        new Statement(field, "setAccessible", new Object[] {true}).execute();
        Object unsafe = new Expression(field, "get", new Object[] {null}).getValue();
        System.err.println("got " + unsafe);
    }
}
