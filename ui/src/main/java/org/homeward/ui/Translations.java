package org.homeward.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The languages Homeward speaks, from {@code vaadin-i18n/translations*.properties}: English (the default file) and
 * Bahasa Indonesia. English comes first: a browser asking for neither gets English.
 */
@Configuration(proxyBeanMethods = false)
class Translations {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("id"));

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(LANGUAGES);
    }
}
