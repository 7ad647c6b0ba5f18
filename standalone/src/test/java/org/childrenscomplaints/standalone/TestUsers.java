package org.childrenscomplaints.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The users the tests' apps are configured with, one per role of the contract. */
final class TestUsers {

    static final String INTAKE = "intake";
    static final String OFFICER = "officer";
    static final String MANAGER = "m.jones";
    static final String SCRUTINY = "scrutiny";
    static final String ADMIN = "admin";

    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(INTAKE, "INTAKE");
        ROLES.put(OFFICER, "OFFICER");
        ROLES.put(MANAGER, "MANAGER");
        ROLES.put(SCRUTINY, "SCRUTINY");
        ROLES.put(ADMIN, "ADMIN");
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
        for (Map.Entry<String, String> user : ROLES.entrySet()) {
            String prefix = "complaints.security.users[" + i++ + "].";
            properties.put(prefix + "username", user.getKey());
            properties.put(prefix + "password", "{noop}" + password(user.getKey()));
            properties.put(prefix + "roles[0]", user.getValue());
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
