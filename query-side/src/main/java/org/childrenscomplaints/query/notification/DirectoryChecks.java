package org.childrenscomplaints.query.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Person;
import org.childrenscomplaints.query.notification.OrganisationDirectory.Team;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a directory unusable, each problem named so that whoever edits the configuration can
 * put it right: a reminder that cannot be addressed would only be found when it is due.
 */
final class DirectoryChecks {

    private DirectoryChecks() {
    }

    static List<String> problems(String director, List<Team> teams, List<Person> people) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            String where = "people[" + i + "]";
            if (person.id() == null || person.id().isBlank()) {
                problems.add(where + " has no id (the managerId allocations use)");
            } else if (!ids.add(person.id())) {
                problems.add(where + ": the id '" + person.id() + "' is listed twice");
            }
            if (!isAddress(person.email())) {
                problems.add(where + (person.id() == null ? "" : " (" + person.id() + ")")
                        + " has no valid e-mail address: '" + (person.email() == null ? "" : person.email()) + "'");
            }
        }
        Set<String> teamNames = new HashSet<>();
        for (int i = 0; i < teams.size(); i++) {
            Team team = teams.get(i);
            String key = OrganisationDirectory.key(team.name());
            String where = "teams[" + i + "]" + (key == null ? "" : " (" + team.name().strip() + ")");
            if (key == null) {
                problems.add(where + " has no name");
            } else if (!teamNames.add(key)) {
                problems.add(where + " is listed twice");
            }
            checkListed(where + ".team-manager", team.teamManager(), ids, problems);
            checkListed(where + ".service-manager", team.serviceManager(), ids, problems);
            checkListed(where + ".head-of-service", team.headOfService(), ids, problems);
        }
        if (director != null || !teams.isEmpty()) {
            checkListed("director", director, ids, problems);
        }
        return problems;
    }

    private static void checkListed(String where, String personId, Set<String> ids, List<String> problems) {
        if (personId == null || personId.isBlank()) {
            problems.add(where + " is missing");
        } else if (!ids.contains(personId)) {
            problems.add(where + " is '" + personId + "', who is not in complaints.directory.people");
        }
    }

    private static boolean isAddress(String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        try {
            new InternetAddress(email, true).validate();
            return email.contains("@");
        } catch (AddressException notAnAddress) {
            return false;
        }
    }
}
