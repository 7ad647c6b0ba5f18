package org.childrenscomplaints.command.reference;

import org.childrenscomplaints.api.reference.CaseKeys;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.api.web.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

/** Turns the {@code {id}} of a command's path, a uuid or a readable reference, into the case's id. */
@Component
public class CaseIds {

    private final ReferenceSeriesNumbering references;

    public CaseIds(ReferenceSeriesNumbering references) {
        this.references = references;
    }

    public UUID resolve(String idOrReference) {
        String key = idOrReference.strip();
        return CaseKeys.asUuid(key).or(() -> CaseReference.parse(key.toUpperCase(Locale.ROOT))
                        .flatMap(references::caseWithReference))
                .orElseThrow(() -> new NotFoundException("No case has the id or reference " + key + "."));
    }
}
