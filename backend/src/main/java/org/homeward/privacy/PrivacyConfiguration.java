package org.homeward.privacy;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key, and the schedule the retention policy runs on. */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class PrivacyConfiguration {

    @Bean
    MasterKey masterKey(@Value("${homeward.privacy.master-key:}") String base64,
                        @Value("${homeward.privacy.master-key-file:./data/keys/master.key}") Path file) {
        return base64.isBlank() ? MasterKey.fromFile(file) : MasterKey.fromBase64(base64);
    }
}
