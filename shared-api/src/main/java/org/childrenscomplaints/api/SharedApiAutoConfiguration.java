package org.childrenscomplaints.api;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.childrenscomplaints.api.audit.AuditMetadata;
import org.childrenscomplaints.api.calendar.CalendarProperties;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.personal.PersonalDataWriter;
import org.childrenscomplaints.api.security.CallerMetadata;
import org.childrenscomplaints.api.security.SecurityConfiguration;
import org.childrenscomplaints.api.web.BodySizeLimit;
import org.childrenscomplaints.api.web.ContractDates;
import org.childrenscomplaints.api.web.OpenApiDescription;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.childrenscomplaints.api.web.TextLengthLimit;
import org.childrenscomplaints.api.web.TomcatRefusals;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What both services need whichever process they run in: the working-day calendar, the
 * council's clock, and the problem+json answers.
 */
// before Web MVC's, whose own problem-details handler steps aside only if it sees this one already;
// before Axon's, whose default correlation provider steps aside when it sees these
@AutoConfiguration(before = WebMvcAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@EnableConfigurationProperties(CalendarProperties.class)
@Import({ProblemDetailsAdvice.class, SecurityConfiguration.class, OpenApiDescription.class})
public class SharedApiAutoConfiguration {

    /** English councils: "today" and "the end of a business day" are in London time. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    public WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        return properties.toCalendar();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock councilClock() {
        return Clock.system(COUNCIL_ZONE);
    }

    /** Events inherit who sent the command (Axon then no longer adds its default provider, so it is declared too). */
    @Bean
    public CorrelationDataProvider auditCorrelation() {
        return AuditMetadata.passedFromCommandsToEvents();
    }

    /** Commands carry who sent them (the correlation provider above passes that on to their events). */
    @Bean
    public CallerMetadata callerMetadata() {
        return new CallerMetadata();
    }

    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Every JSON request's text fields, limited in length (registered with the application's JSON mapper). */
    @Bean
    public JacksonModule textLengthLimit() {
        return TextLengthLimit.module();
    }

    /** Before everything else, sign-in included: an oversized body is refused before anything reads it. */
    @Bean
    public FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
            @Value("${complaints.limits.command-body:1MB}") DataSize commandLimit,
            @Value("${complaints.limits.import-body:50MB}") DataSize importLimit, JsonMapper jsonMapper) {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(commandLimit, importLimit, jsonMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** Every JSON request's dates read as the contract writes them (registered with the application's JSON mapper). */
    @Bean
    public JacksonModule contractDates() {
        return ContractDates.module();
    }

    /** What Tomcat refuses before the application sees it, answered as problem+json too. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatRefusalsAsProblems(JsonMapper jsonMapper) {
        return TomcatRefusals.customizer(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    public PersonalDataWriter personalDataWriter(JsonMapper jsonMapper) {
        return new PersonalDataWriter(jsonMapper);
    }
}
