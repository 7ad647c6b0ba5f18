package org.childrenscomplaints.api.complaint;

/** Who the complainant is to the child; decides whether the statutory procedure is open to them. */
public enum ComplainantRelationship {
    CHILD_OR_YOUNG_PERSON,
    PARENT,
    PERSON_WITH_PARENTAL_RESPONSIBILITY,
    FOSTER_CARER,
    SPECIAL_GUARDIAN,
    CARE_LEAVER,
    ADOPTION_PARTY,
    RELATIVE_WITHOUT_PR,
    ADVOCATE,
    PROFESSIONAL,
    COUNCILLOR_OR_MP,
    OTHER;

    /**
     * Whether the Children Act 1989 Representations Procedure (England) Regulations 2006 give this
     * person the statutory procedure without the council first deciding they have sufficient interest.
     */
    public boolean qualifiesForStatutoryProcedure() {
        return switch (this) {
            case CHILD_OR_YOUNG_PERSON, PARENT, PERSON_WITH_PARENTAL_RESPONSIBILITY, FOSTER_CARER, SPECIAL_GUARDIAN,
                 CARE_LEAVER, ADOPTION_PARTY -> true;
            case RELATIVE_WITHOUT_PR, ADVOCATE, PROFESSIONAL, COUNCILLOR_OR_MP, OTHER -> false;
        };
    }
}
