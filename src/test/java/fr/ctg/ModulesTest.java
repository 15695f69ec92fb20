package fr.ctg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void theReadmeLayoutNamesEveryModule() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String layout = readme.substring(readme.indexOf("## Layout"));
        assertThat(MODULES.stream().map(m -> m.getBasePackage().getName().substring("fr.ctg.".length()) + "/")
                .filter(name -> !layout.contains(" " + name))).as("modules missing from README's Layout").isEmpty();
        assertThat(layout).contains("docs/modules/");
    }

    @Test
    void theModuleDocumentationIsWritten() throws IOException {
        Path out = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(out.resolve("components.puml")).exists();
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                Files.write(file, stableOrder(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The Documenter lists components, relations and list items in hash order: sorted here, so that the committed
     * files change only when the modules do.
     */
    static List<String> stableOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = kindOf(lines.get(i));
            if (kind == null) {
                out.add(lines.get(i++));
                continue;
            }
            boolean tableCell = lines.get(i).startsWith("|* ");
            List<String> run = new ArrayList<>();
            run.add(tableCell ? lines.get(i).substring(1) : lines.get(i));
            i++;
            while (i < lines.size() && kind.equals(kindOf(lines.get(i))) && !lines.get(i).startsWith("|")) {
                run.add(lines.get(i++));
            }
            run.sort(null);
            if (tableCell) {
                run.set(0, "|" + run.getFirst());
            }
            out.addAll(run);
        }
        return out;
    }

    private static String kindOf(String line) {
        String l = line.strip();
        return l.startsWith("Component(") ? "component" : l.startsWith("Rel(") ? "rel"
                : line.startsWith("* ") || line.startsWith("|* ") ? "item" : null;
    }
}
