package org.homeward.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the source packages without a {@code package-info.java}: every package states its purpose in one. A file walk,
 * since javac writes no package-info class for a package that has no annotations.
 */
public final class PackageDocumentation {

    private PackageDocumentation() {
    }

    /** The packages (as dotted names) under {@code sourceRoot} that have Java sources but no package-info.java. */
    public static List<String> undocumentedPackages(Path sourceRoot) {
        try (Stream<Path> directories = Files.walk(sourceRoot)) {
            return directories.filter(Files::isDirectory)
                    .filter(PackageDocumentation::hasJavaSources)
                    .filter(directory -> !Files.exists(directory.resolve("package-info.java")))
                    .map(directory -> packageName(sourceRoot.relativize(directory)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageName(Path relativeDirectory) {
        List<String> names = new ArrayList<>();
        relativeDirectory.forEach(name -> names.add(name.toString()));
        return String.join(".", names);
    }

    private static boolean hasJavaSources(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(file -> Files.isRegularFile(file) && file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
