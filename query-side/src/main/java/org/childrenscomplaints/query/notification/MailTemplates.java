package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a delivery as a mail from the templates in {@code templates/mail/}, as plain text and as
 * HTML. Everything a template gets is a case reference, a procedure, a stage, dates and counts: a
 * mail can say nothing about the child or the complainant, because it is never given anything.
 */
@Component
public class MailTemplates {

    private final TemplateEngine engine = engine();
    private final WorkingDayCalendar calendar;
    private final NotificationSettings settings;

    public MailTemplates(WorkingDayCalendar calendar, NotificationSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The delivery's mail as it reads on {@code today}: a reminder counts its working days from the day it is sent. */
    public Mail mailFor(Delivery delivery, LocalDate today) {
        return delivery.kind() == Delivery.Kind.DIGEST ? digest(delivery) : reminder(delivery, today);
    }

    private Mail reminder(Delivery delivery, LocalDate today) {
        ReminderNotice notice = delivery.reminder();
        String clock = MailWords.clock(notice.clock(), notice.stage());
        String workingDays = MailWords.workingDays(calendar.workingDaysLeft(today, notice.dueDate()));
        Map<String, Object> model = Map.of(
                "reference", notice.reference(),
                "procedure", MailWords.procedure(notice.procedure()),
                "stage", notice.stage().label(),
                "clock", clock,
                "level", MailWords.level(notice.level()),
                "dueDate", MailWords.day(notice.dueDate()),
                "workingDays", workingDays,
                "action", MailWords.action(notice.level(), notice.clock(), notice.stage()),
                "link", settings.caseLink(notice.reference()));
        String subject = MailWords.level(notice.level()) + ": " + notice.reference() + " " + clock + " due "
                + MailWords.day(notice.dueDate()) + " (" + workingDays + ")";
        return render(delivery.email(), subject, "reminder", model);
    }

    private Mail digest(Delivery delivery) {
        List<Map<String, Object>> lines = delivery.digest().stream().map(line -> Map.<String, Object>of(
                "reference", line.reference(),
                "procedure", MailWords.procedure(line.procedure()),
                "clock", MailWords.clock(line.clock(), line.stage()),
                "dueDate", MailWords.day(line.dueDate()),
                "workingDays", MailWords.workingDays(line.workingDaysLeft()),
                "overdue", line.workingDaysLeft() < 0,
                "link", settings.caseLink(line.reference()))).toList();
        long overdue = delivery.digest().stream().filter(line -> line.workingDaysLeft() < 0).count();
        String subject = "Complaints digest for " + MailWords.day(delivery.digestDate()) + ": " + lines.size()
                + (lines.size() == 1 ? " open clock" : " open clocks") + ", " + overdue + " overdue";
        return render(delivery.email(), subject, "digest",
                Map.of("day", MailWords.day(delivery.digestDate()), "lines", lines, "overdue", overdue));
    }

    private Mail render(String to, String subject, String template, Map<String, Object> model) {
        Context context = new Context(Locale.UK, model);
        context.setVariable("subject", subject);
        return new Mail(to, subject, engine.process(template + ".txt", context), engine.process(template + ".html", context));
    }

    private static TemplateEngine engine() {
        // Spring's expression language, as the annual report's templates use (OGNL is not on the class path)
        TemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
