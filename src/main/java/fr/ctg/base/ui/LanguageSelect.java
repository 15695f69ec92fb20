package fr.ctg.base.ui;

import com.vaadin.flow.component.select.Select;
import fr.ctg.base.i18n.TranslationProvider;
import java.util.Locale;

/** French or English: the language of a person's pages and e-mails (French by default). */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(String label) {
        setLabel(label);
        setItems(TranslationProvider.FRENCH, TranslationProvider.ENGLISH);
        setItemLabelGenerator(l -> TranslationProvider.ENGLISH.equals(l) ? "English" : "Français");
        setValue(TranslationProvider.FRENCH);
        setEmptySelectionAllowed(false);
    }
}
