package org.homeward.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.homeward.search.node.EmbeddedElasticsearch;
import org.homeward.search.node.EmbeddedElasticsearchSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official Elasticsearch Java client over {@code spring.elasticsearch.uris}; without that property, over a
 * local node that this application starts and stops.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
public class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchEndpoint searchEndpoint(@Value("${spring.elasticsearch.uris:}") String uris, SearchProperties properties) {
        if (!uris.isBlank()) {
            return SearchEndpoint.external(Arrays.stream(uris.split(",")).map(String::trim).map(URI::create).toList());
        }
        SearchProperties.Embedded embedded = properties.embedded();
        return SearchEndpoint.embedded(EmbeddedElasticsearch.start(new EmbeddedElasticsearchSettings(
                embedded.home(), embedded.version(), embedded.distribution(), embedded.repository(),
                embedded.httpPort(), embedded.heap(), properties.startupTimeout())));
    }

    @Bean(destroyMethod = "close")
    Rest5Client elasticsearchRestClient(SearchEndpoint endpoint,
                                        @Value("${spring.elasticsearch.username:}") String username,
                                        @Value("${spring.elasticsearch.password:}") String password) {
        Rest5ClientBuilder builder = Rest5Client.builder(endpoint.uris());
        if (!username.isBlank()) {
            String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + credentials)});
        }
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(Rest5Client restClient) {
        // Its own mapper: documents may hold fields a summary record does not read.
        JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper(mapper)));
    }
}
