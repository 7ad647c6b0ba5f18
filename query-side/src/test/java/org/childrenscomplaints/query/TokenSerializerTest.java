package org.childrenscomplaints.query;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tokens a rebuild leaves in the token store must be readable again, or every projection stops. */
class TokenSerializerTest {

    private final Serializer serializer = QuerySideConfiguration.tokenSerializer();

    @Test
    void aReplayTokenWrittenAtAResetIsReadBack() {
        TrackingToken head = GapAwareTrackingToken.newInstance(41, List.of(7L, 9L));
        TrackingToken replay = ReplayToken.createReplayToken(head, null);

        SerializedObject<byte[]> stored = serializer.serialize(replay, byte[].class);
        TrackingToken read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(replay);
        assertThat(ReplayToken.isReplay(read)).isTrue();
    }
}
