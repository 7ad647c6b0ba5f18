package org.childrenscomplaints.query.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.childrenscomplaints.api.Text.blankToNull;

/**
 * {@code complaints.directory.*}: who is told about a case's clocks. Each team (as a case or an
 * allocation names it) has a team manager, a service manager and a head of service; above them all
 * is the director. People are known by the id an allocation gives them ({@code managerId}), with
 * their work e-mail address and whether they take one daily digest instead of a mail per reminder.
 * Lists rather than maps, because team names have spaces and person ids have dots, which Spring
 * would strip from map keys. Checked when the app starts (see {@link DirectoryChecks}).
 */
@ConfigurationProperties("complaints.directory")
public record OrganisationDirectory(String director, List<Team> teams, List<Person> people) {

    public record Team(String name, String teamManager, String serviceManager, String headOfService) {
    }

    /** @param digest one mail a day listing all their open clocks, instead of one mail per reminder */
    public record Person(String id, String email, boolean digest) {
    }

    public OrganisationDirectory {
        director = blankToNull(director);
        teams = teams == null ? List.of() : List.copyOf(teams);
        people = people == null ? List.of() : List.copyOf(people);
        List<String> problems = DirectoryChecks.problems(director, teams, people);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("complaints.directory cannot be used: " + String.join("; ", problems));
        }
    }

    public static OrganisationDirectory empty() {
        return new OrganisationDirectory(null, null, null);
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(person -> person.id().equals(id)).findFirst();
    }

    /** Team names are typed by people: matched whatever their case and surrounding spaces. */
    public Optional<Team> team(String name) {
        String wanted = key(name);
        return wanted == null ? Optional.empty() : teams.stream().filter(team -> wanted.equals(key(team.name()))).findFirst();
    }

    public List<Person> digestReaders() {
        return people.stream().filter(Person::digest).toList();
    }

    static String key(String teamName) {
        String name = blankToNull(teamName);
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
