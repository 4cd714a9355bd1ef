package org.homeward.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.testsupport.PackageDocumentation.undocumentedPackages;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Every main package of the ui module states its purpose in a package-info.java. */
class PackageInfoTest {

    @Test
    void everyMainPackageHasAPackageInfo() {
        assertThat(undocumentedPackages(Path.of("src/main/java")))
                .as("packages without a package-info.java")
                .isEmpty();
    }
}
