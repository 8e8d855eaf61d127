package dev.amdahl.grading.practice;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Loads what its own folders hold (a variant's classes, the student's test classes) itself, before asking its
 * parent: the JVM that runs the practice has the given program on its class path too, and a variant's classes must
 * shadow those. Everything else (the JDK, JUnit) comes from the parent, so that JUnit recognizes the tests'
 * annotations as its own.
 */
final class ShadowingClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    ShadowingClassLoader(URL[] folders, ClassLoader parent) {
        super("practice", folders, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null && findResource(name.replace('.', '/') + ".class") != null) {
                type = findClass(name);
            }
            if (type == null) {
                return super.loadClass(name, resolve);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    /** Only its own copy of a resource it holds, so that JUnit finds one junit-platform.properties, not two. */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        URL own = findResource(name);
        return own != null ? Collections.enumeration(List.of(own)) : super.getResources(name);
    }
}
