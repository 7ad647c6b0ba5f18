package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production shape in docker-compose.yml, checked as far as a machine without a Docker engine
 * can: the services, how they reach each other, what they wait for, and what they are built from.
 */
class ProductionComposeTest {

    private static final Path ROOT = Path.of("..");

    private final Map<String, Object> services = section(load(ROOT.resolve("docker-compose.yml")), "services");

    @Test
    void composeRunsAxonServerMongoDbTheTwoServicesAndOneGateway() {
        assertThat(services).containsOnlyKeys("axonserver", "mongo", "command-side", "query-side", "gateway");
        assertThat(service("axonserver").get("image")).asString().startsWith("axoniq/axonserver:");
        assertThat(service("axonserver").get("ports")).asList().contains("8124:8124");
        assertThat(section(service("axonserver"), "environment")).containsEntry("AXONIQ_AXONSERVER_STANDALONE", "true");
    }

    @Test
    void mongoDbIsASingleNodeReplicaSetThatTheComposeFileInitialises() {
        Map<String, Object> mongo = service("mongo");
        assertThat(mongo.get("image")).asString().startsWith("mongo:");
        assertThat(mongo.get("command")).asList().containsSequence("--replSet", "rs0");
        assertThat(section(mongo, "healthcheck").get("test")).asString()
                .contains("rs.initiate").contains("_id: 'rs0'").contains("host: 'mongo:27017'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side"})
    void eachServiceRunsItsProductionProfileAgainstAxonServerAndTheReplicaSet(String name) throws IOException {
        Map<String, Object> service = service(name);
        Map<String, Object> environment = section(service, "environment");
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "production")
                .containsEntry("AXONSERVER_SERVERS", "axonserver:8124");
        assertThat(environment.get("MONGODB_URI")).asString().startsWith("mongodb://mongo:27017/").contains("replicaSet=rs0");
        assertThat(section(section(service, "depends_on"), "mongo")).containsEntry("condition", "service_healthy");
        assertThat(section(service, "depends_on")).containsKey("axonserver");

        // the service reads exactly the variables compose sets
        String configuration = resource(name + ".yml");
        assertThat(configuration).contains("${AXONSERVER_SERVERS:", "${MONGODB_URI:");
        // and signs people in at the council's identity provider, which compose refuses to start without
        assertThat(environment.get("OIDC_ISSUER_URI")).asString().startsWith("${OIDC_ISSUER_URI:?");
        assertThat(resource("complaints-common.yml")).contains("${OIDC_ISSUER_URI}", "${OIDC_ROLE_CLAIM:roles}");

        Map<String, Object> build = section(service, "build");
        assertThat(build).containsEntry("context", ".");
        assertThat(section(build, "args")).containsEntry("SERVICE", name);
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("FROM eclipse-temurin:17", "ARG SERVICE",
                "-pl \"$SERVICE\" -am package", "-*-exec.jar", "USER complaints");
    }

    @Test
    void theGatewayGivesIntegrationsOneBaseUrlReadsToTheQuerySideCommandsToTheCommandSide() throws IOException {
        Map<String, Object> gateway = service("gateway");
        assertThat(gateway.get("ports")).asList().containsExactly("8080:8080");
        assertThat(gateway.get("depends_on")).asList().containsExactlyInAnyOrder("command-side", "query-side");
        String volume = ((List<?>) gateway.get("volumes")).get(0).toString();
        String configuration = Files.readString(ROOT.resolve(volume.substring(0, volume.indexOf(':'))));
        assertThat(configuration).contains("GET     query-side:8080;", "default command-side:8080;");
    }

    private Map<String, Object> service(String name) {
        return section(services, name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    private static Map<String, Object> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ProductionComposeTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes());
        }
    }
}
