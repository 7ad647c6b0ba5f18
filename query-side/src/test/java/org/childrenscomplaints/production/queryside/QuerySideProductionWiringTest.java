package org.childrenscomplaints.production.queryside;

import org.childrenscomplaints.query.notification.MailDispatcher;
import org.childrenscomplaints.query.notification.ReminderNotifier;
import org.springframework.mail.javamail.JavaMailSender;
import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.childrenscomplaints.api.testing.StartupWiring;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The query side as its own service (profile production) reads events from Axon Server into MongoDB. */
class QuerySideProductionWiringTest {

    private final StartupWiring wiring = StartupWiring.of(QuerySideApplication.builder(), "--spring.profiles.active=production",
            "--OIDC_ISSUER_URI=https://login.example.org/council");

    @Test
    void eventsComeFromAxonServerAndQueriesAreAnsweredThroughIt() {
        wiring.assertRunsOnAxonServer();
    }

    @Test
    void readModelsAndTrackingTokensLiveInMongoDb() {
        assertThat(wiring.defines(MongoClient.class)).isTrue();
        assertThat(wiring.defines(MongoTemplate.class)).isTrue();
        assertThat(wiring.definersOf(TokenStore.class)).containsExactly("querySideConfiguration");
        assertThat(wiring.defines(MongoTokenStore.class)).isTrue();
    }

    @Test
    void theAnnualReportsPrintablePageIsRenderedHereToo() {
        assertThat(wiring.defines(ThymeleafViewResolver.class)).isTrue();
    }

    @Test
    void remindersAreMailedFromHereThroughTheCouncilsRelay() {
        StartupWiring withRelay = StartupWiring.of(QuerySideApplication.builder(), "--spring.profiles.active=production",
                "--OIDC_ISSUER_URI=https://login.example.org/council", "--spring.mail.host=smtp.council.example");

        assertThat(withRelay.defines(ReminderNotifier.class)).isTrue();
        assertThat(withRelay.defines(MailDispatcher.class)).isTrue();
        assertThat(withRelay.defines(JavaMailSender.class)).isTrue();
        // with no relay configured, mail is logged instead
        assertThat(wiring.defines(JavaMailSender.class)).isFalse();
    }

    @Test
    void peopleSignInAtTheCouncilsIdentityProvider() {
        wiring.assertSignsInWithBearerTokens();
    }
}
