package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Person;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Team;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The directory as configured: checked whole when the app starts, and who it says is told. */
class OrganisationDirectoryTest {

    private static final Person TM = new Person("t.m", "t.m@example.gov.uk", false);
    private static final Person SM = new Person("s.m", "s.m@example.gov.uk", false);
    private static final Person HOS = new Person("h.s", "h.s@example.gov.uk", false);
    private static final Person DIRECTOR = new Person("d", "d@example.gov.uk", false);

    @Test
    void aDirectoryThatCannotAddressEveryReminderIsRefusedWithEachProblemNamed() {
        assertThatThrownBy(() -> new OrganisationDirectory(null,
                List.of(new Team("Children in Care 1", "t.m", null, "nobody.here"), new Team(" children in care 1 ", "t.m", "s.m", "h.s")),
                List.of(TM, SM, HOS, new Person("t.m", "not an address", false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("people[3]: the id 't.m' is listed twice")
                .hasMessageContaining("people[3] (t.m) has no valid e-mail address: 'not an address'")
                .hasMessageContaining("teams[0] (Children in Care 1).service-manager is missing")
                .hasMessageContaining("teams[0] (Children in Care 1).head-of-service is 'nobody.here', who is not in complaints.directory.people")
                .hasMessageContaining("teams[1] (children in care 1) is listed twice")
                .hasMessageContaining("director is missing");
    }

    @Test
    void aTeamListedWithoutItsManagersStopsTheAppFromStartingAndSaysWhy() {
        new ApplicationContextRunner()
                .withUserConfiguration(BindsTheDirectory.class)
                .withPropertyValues("complaints.directory.director=d", "complaints.directory.people[0].id=d",
                        "complaints.directory.people[0].email=d@example.gov.uk",
                        "complaints.directory.teams[0].name=Court Team")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("teams[0] (Court Team).team-manager is missing")
                        .hasMessageContaining("teams[0] (Court Team).service-manager is missing"));
    }

    @EnableConfigurationProperties(OrganisationDirectory.class)
    static class BindsTheDirectory {
    }

    @Test
    void noDirectoryAtAllIsAllowedAndAddressesNobody() {
        EscalationChain chain = new EscalationChain(OrganisationDirectory.empty());

        assertThat(chain.addressees(ReminderLevel.OVERDUE, "t.m", "Team")).hasSize(3)
                .allSatisfy(addressee -> assertThat(addressee.addressed()).isFalse())
                .extracting(Addressee::unaddressed)
                .contains("nobody in the directory is the head of service of the team 'Team'");
    }

    @Test
    void someoneInTwoPlacesOfTheChainIsToldOnceAndATeamIsFoundWhateverItsCase() {
        OrganisationDirectory directory = new OrganisationDirectory("d",
                List.of(new Team("Court Team", "t.m", "t.m", "h.s")), List.of(TM, HOS, DIRECTOR));

        List<Addressee> addressees = new EscalationChain(directory).addressees(ReminderLevel.OVERDUE, null, " court team");

        assertThat(addressees).extracting(Addressee::personId, Addressee::roles).containsExactly(
                tuple("t.m", List.of(ChainRole.MANAGER, ChainRole.SERVICE_MANAGER)),
                tuple("h.s", List.of(ChainRole.HEAD_OF_SERVICE)));
    }
}
