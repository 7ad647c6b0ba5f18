package org.childrenscomplaints.command.comment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.command.TestRules;
import org.childrenscomplaints.command.policy.CommentPolicy;

/** A comment's fixture with what its handlers are given in the app: the rules on "today", the default policy, a new series. */
final class CommentFixtures {

    private CommentFixtures() {
    }

    static AggregateTestFixture<Comment> fixture() {
        AggregateTestFixture<Comment> fixture = new AggregateTestFixture<>(Comment.class);
        fixture.registerInjectableResource(TestRules.onToday());
        fixture.registerInjectableResource(CommentPolicy.defaults());
        fixture.registerInjectableResource(TestRules.FIRST_OF_SERIES);
        return fixture;
    }
}
