package fr.ctg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the features: each top package a module whose sub-packages ({@code ui}, {@code internal},
 * {@code web}) are internal unless named ({@code CurrentConvention}, the linked documents panel); {@code base} is the
 * open shared kernel. The module diagram and canvases in {@code docs/modules/} are written again by every run.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void theModulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleSaysWhatItOwns() {
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage)
                .map(p -> Path.of("src/main/java", p.getName().replace('.', '/'), "package-info.java"))
                .filter(p -> !Files.exists(p))).as("a package-info.java per module").isEmpty();
    }

    @Test
    void theModuleDocumentationIsWritten() throws IOException {
        Path out = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(out.resolve("components.puml")).exists();
    }
}
