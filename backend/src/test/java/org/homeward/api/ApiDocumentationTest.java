package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Test
    void describesEveryEndpointOfTheCaseHistory() {
        ApiClient.Response docs = new ApiClient(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.propertyNames()).contains("/api/cases", "/api/cases/{caseId}", "/api/cases/{caseId}/history",
                "/api/cases/{caseId}/returned-home", "/api/cases/{caseId}/business-grants",
                "/api/cases/{caseId}/business-grants/{grantId}/tranches", "/api/cases/{caseId}/psychosocial-check-ins",
                "/api/cases/{caseId}/follow-ups/{followUpId}/completion", "/api/cases/{caseId}/corrections",
                "/api/cases/{caseId}/assessments", "/api/cases/{caseId}/closure");
        assertThat(new ApiClient(port).get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
