package org.childrenscomplaints.command.reference;

import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.reference.CaseKeys;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.api.web.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns the {@code {id}} of a command's path, a uuid or a readable reference, into the case's id. */
@Component
public class CaseIds {

    private final ReferenceSeriesNumbering references;

    public CaseIds(ReferenceSeriesNumbering references) {
        this.references = references;
    }

    /** @param prefixes the reference letters of the kind of case the request is for (e.g. ST, CO, SE for complaints) */
    public UUID resolve(String idOrReference, Set<String> prefixes) {
        String key = idOrReference.strip();
        return CaseKeys.asUuid(key).or(() -> CaseReference.parse(key.toUpperCase(Locale.ROOT))
                        .filter(reference -> prefixes.contains(reference.prefix()))
                        .flatMap(references::caseWithReference))
                .orElseThrow(() -> new NotFoundException("No case of this kind has the id or reference " + key + "."));
    }

    public UUID complaint(String idOrReference) {
        return resolve(idOrReference, COMPLAINT_PREFIXES);
    }

    private static final Set<String> COMPLAINT_PREFIXES = Arrays.stream(Procedure.values())
            .map(Procedure::referencePrefix).collect(Collectors.toUnmodifiableSet());
}
