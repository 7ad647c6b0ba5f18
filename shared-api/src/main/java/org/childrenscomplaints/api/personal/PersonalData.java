package org.childrenscomplaints.api.personal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonView;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds personal data: a person's name or contact details, or free text
 * written about a person. Events keep it (the case's record needs it); what a caller reads shows
 * it only to roles allowed to see it ({@link PersonalDataWriter}). Stored JSON is unaffected: a
 * Jackson view applies only when a writer asks for one.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonView(PersonalData.Shown.class)
public @interface PersonalData {

    /** The Jackson view in which personal data is written. */
    final class Shown {
        private Shown() {
        }
    }

    /** The Jackson view in which it is left out. */
    final class Withheld {
        private Withheld() {
        }
    }
}
