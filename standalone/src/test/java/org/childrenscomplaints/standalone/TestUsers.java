package org.childrenscomplaints.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The users the tests' apps are configured with: one per role of the contract, and a manager who also registers. */
final class TestUsers {

    static final String INTAKE = "intake";
    static final String OFFICER = "officer";
    static final String MANAGER = "m.jones";
    static final String SCRUTINY = "scrutiny";
    static final String ADMIN = "admin";
    /** A team manager who also takes complaints at the front desk. */
    static final String INTAKE_AND_MANAGER = "s.patel";

    private static final Map<String, List<String>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(INTAKE, List.of("INTAKE"));
        ROLES.put(OFFICER, List.of("OFFICER"));
        ROLES.put(MANAGER, List.of("MANAGER"));
        ROLES.put(SCRUTINY, List.of("SCRUTINY"));
        ROLES.put(ADMIN, List.of("ADMIN"));
        ROLES.put(INTAKE_AND_MANAGER, List.of("INTAKE", "MANAGER"));
    }

    private TestUsers() {
    }

    static String password(String username) {
        return "pw-" + username;
    }

    /** The configuration properties declaring them, as {@code name=value}. */
    static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<String>> user : ROLES.entrySet()) {
            String prefix = "complaints.security.users[" + i++ + "].";
            properties.put(prefix + "username", user.getKey());
            properties.put(prefix + "password", "{noop}" + password(user.getKey()));
            for (int r = 0; r < user.getValue().size(); r++) {
                properties.put(prefix + "roles[" + r + "]", user.getValue().get(r));
            }
        }
        return properties;
    }

    /** The same as command-line arguments. */
    static List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments;
    }
}
