package fr.ctg.base.mail;

import fr.ctg.base.i18n.TranslationProvider;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * E-mails written from templates in {@code /mail/} (Thymeleaf: {@code NAME.html} escaped as HTML, {@code NAME.txt} as
 * text), in the recipient's language: {@code #{key(args)}} reads the portal's translation bundle.
 */
@Component
public class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    MailTemplates(TranslationProvider translations) {
        Bundle bundle = new Bundle(translations);
        html.setMessageResolver(bundle);
        text.setMessageResolver(bundle);
    }

    /** The HTML body. */
    public String html(String template, Locale locale, Map<String, Object> variables) {
        return html.process(template, new Context(locale, variables));
    }

    /** The plain-text body. */
    public String text(String template, Locale locale, Map<String, Object> variables) {
        return text.process(template, new Context(locale, variables));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** {@code #{...}} in a template: the translation bundle, in the context's language. */
    private static final class Bundle extends AbstractMessageResolver {

        private final TranslationProvider translations;

        Bundle(TranslationProvider translations) {
            this.translations = translations;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return translations.getTranslation(key, context.getLocale(), args == null ? new Object[0] : args);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] args) {
            return "??" + key + "??";
        }
    }
}
