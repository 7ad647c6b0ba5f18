package org.childrenscomplaints.standalone;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Events are stored forever: the JSON of every event type, as the app's own event serializer
 * writes it, must match the approved file in {@code src/test/resources/approved-events}. A change
 * to an event's shape fails here until it comes with an upcaster and a newly approved file.
 */
class EventJsonApprovalTest extends EmbeddedAppTest {

    private static final Path APPROVED = Path.of("src/test/resources/approved-events");
    private static final Path RECEIVED = Path.of("target/received-events");

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void everyEventTypeOfTheSharedApiHasASample() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Event")));

        assertThat(scanner.findCandidateComponents("org.childrenscomplaints.api").stream()
                .map(BeanDefinition::getBeanClassName))
                .containsExactlyInAnyOrderElementsOf(EventSamples.ALL.stream().map(e -> e.getClass().getName()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.childrenscomplaints.standalone.EventSamples#ALL")
    void theStoredJsonIsTheApprovedOneAndReadsBackIntoTheSameEvent(Object event) throws Exception {
        String name = event.getClass().getSimpleName() + ".json";
        String json = eventSerializer.serialize(event, String.class).getData();
        Path approved = APPROVED.resolve(name);
        if (!Files.exists(approved)) {
            Files.createDirectories(RECEIVED);
            Files.writeString(RECEIVED.resolve(name), json);
            fail("No approved JSON for " + event.getClass().getName() + ": review standalone/" + RECEIVED.resolve(name)
                    + " and move it to standalone/" + approved);
        }
        String approvedJson = Files.readString(approved);

        JSONAssert.assertEquals(approvedJson, json, JSONCompareMode.STRICT);
        assertThat(eventSerializer.<String, Object>deserialize(new SimpleSerializedObject<>(approvedJson, String.class,
                eventSerializer.typeForClass(event.getClass())))).isEqualTo(event);
    }
}
