package org.childrenscomplaints.api.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code complaints.calendar.*}: bank holidays announced after the holiday library's release,
 * and the council's own closure days. Both lists are empty unless a council configures them.
 */
@ConfigurationProperties("complaints.calendar")
public record CalendarProperties(List<LocalDate> additionalBankHolidays, List<LocalDate> localClosureDays) {

    public CalendarProperties {
        additionalBankHolidays = additionalBankHolidays == null ? List.of() : List.copyOf(additionalBankHolidays);
        localClosureDays = localClosureDays == null ? List.of() : List.copyOf(localClosureDays);
    }

    public WorkingDayCalendar toCalendar() {
        return new WorkingDayCalendar(additionalBankHolidays, localClosureDays);
    }
}
