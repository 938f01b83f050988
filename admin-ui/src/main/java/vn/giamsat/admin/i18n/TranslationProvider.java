package vn.giamsat.admin.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI wording from {@code i18n/messages.properties} (Vietnamese, the default) and {@code messages_en.properties}.
 * The JVM's own locale never picks the file: a server running in English still shows Vietnamese first.
 */
@Component
public class TranslationProvider implements I18NProvider {
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public Locale getDefaultLocale() {
        return Languages.VIETNAMESE;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = Languages.supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, target, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, target).format(params);
        } catch (MissingResourceException e) {
            log.warn("No translation for key '{}' in {}", key, target);
            return "!" + key;
        }
    }
}
