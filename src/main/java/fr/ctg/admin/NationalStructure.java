package fr.ctg.admin;

import fr.ctg.convention.NewConvention;
import fr.ctg.convention.RenewalMode;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.governance.SecretariatParty;
import fr.ctg.security.Committee;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national structure of a CTG ({@code convention/national-structure.json}): the 12 articles, the annexes, the
 * four fields of intervention and their ten shared objectives, the usual thematic groups, the committees and the
 * Annexe 3 deadline rules, as the Savès convention has them.
 */
@Component
class NationalStructure {

    record Template(List<String> legalBasis, List<NewConvention.NewArticle> articles,
                    List<NewConvention.NewAnnex> annexes, List<String> fields,
                    List<NewConvention.NewThematicGroup> thematicGroups, List<ConventionDraft.DraftObjective> objectives,
                    List<TemplateCommittee> committees, List<TemplateRule> rules, int noticeMonths, String noticeForm,
                    RenewalMode renewal, int durationYears) {
    }

    record TemplateCommittee(Committee kind, String name, SecretariatParty secretariat) {
    }

    record TemplateRule(Committee trigger, DeadlineKind kind, int months, int days) {
    }

    private final Template template;

    NationalStructure() {
        try (InputStream in = new ClassPathResource("convention/national-structure.json").getInputStream()) {
            template = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Template.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the national CTG structure is missing from the application", e);
        }
    }

    Template template() {
        return template;
    }
}
