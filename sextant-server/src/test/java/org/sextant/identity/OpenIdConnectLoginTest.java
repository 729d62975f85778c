package org.sextant.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sextant.SextantApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Configuring a client registration is all it takes to offer OpenID Connect login. */
@SpringBootTest(classes = SextantApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "sextant.demo.enabled=false",
                "spring.security.oauth2.client.registration.corp.provider=corp",
                "spring.security.oauth2.client.registration.corp.client-id=sextant",
                "spring.security.oauth2.client.registration.corp.client-secret=secret",
                "spring.security.oauth2.client.registration.corp.scope=openid,email",
                "spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
                "spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                "spring.security.oauth2.client.provider.corp.authorization-uri=http://127.0.0.1:9/authorize",
                "spring.security.oauth2.client.provider.corp.token-uri=http://127.0.0.1:9/token",
                "spring.security.oauth2.client.provider.corp.jwk-set-uri=http://127.0.0.1:9/jwks",
                "spring.security.oauth2.client.provider.corp.user-info-uri=http://127.0.0.1:9/userinfo",
                "spring.security.oauth2.client.provider.corp.user-name-attribute=sub"})
@ActiveProfiles("test")
class OpenIdConnectLoginTest {

    @LocalServerPort
    int port;

    @Test
    void configuredProviderRedirectsToItsAuthorizationEndpoint() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/corp")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("http://127.0.0.1:9/authorize?response_type=code&client_id=sextant");
    }
}
