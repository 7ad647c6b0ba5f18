package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Person;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Team;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is told about a clock at a reminder level, by the directory: domain.md's table, with each
 * person told once even when they hold two places in the chain (a team manager who is also the
 * service manager gets one mail).
 */
@Component
public class EscalationChain {

    private final OrganisationDirectory directory;

    public EscalationChain(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param managerId the manager the clock's stage is allocated to, or null
     * @param team      the team the case (or the stage's allocation) belongs to, or null
     */
    public List<Addressee> addressees(ReminderLevel level, String managerId, String team) {
        Optional<Team> known = directory.team(team);
        Map<String, List<ChainRole>> rolesByPerson = new LinkedHashMap<>();
        List<Addressee> addressees = new ArrayList<>();
        for (ChainRole role : ChainRole.toldAt(level)) {
            String personId = holder(role, managerId, known);
            if (personId == null) {
                addressees.add(new Addressee(null, null, false, List.of(role), "nobody in the directory is the "
                        + role.label() + (team == null ? " of a case with no team" : " of the team '" + team + "'")));
            } else {
                rolesByPerson.computeIfAbsent(personId, id -> new ArrayList<>()).add(role);
            }
        }
        rolesByPerson.forEach((personId, roles) -> {
            Person person = directory.person(personId).orElseThrow(); // a holder is always a listed person
            addressees.add(new Addressee(person.id(), person.email(), person.digest(), roles, null));
        });
        return addressees;
    }

    /** The clocks a person hears of: this is who is told at each level up to the clock's own. */
    public boolean tells(String personId, ReminderLevel reached, String managerId, String team) {
        return Arrays.stream(ReminderLevel.values())
                .filter(level -> level.compareTo(reached) <= 0)
                .flatMap(level -> addressees(level, managerId, team).stream())
                .anyMatch(addressee -> personId.equals(addressee.personId()));
    }

    private String holder(ChainRole role, String managerId, Optional<Team> team) {
        return switch (role) {
            // an allocation may name someone the directory does not know (or NOT_RECORDED, from an import)
            case MANAGER -> managerId != null && directory.person(managerId).isPresent()
                    ? managerId : team.map(Team::teamManager).orElse(null);
            case SERVICE_MANAGER -> team.map(Team::serviceManager).orElse(null);
            case HEAD_OF_SERVICE -> team.map(Team::headOfService).orElse(null);
            case DIRECTOR -> directory.director();
        };
    }
}
