package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.jobs.lambdas.IocJobLambdaFromStream;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.jobs.lambdas.JobLambdaFromStream;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a reminder job runs, read from Axon's deadline lambda without reading its bytecode.
 * <p>
 * Axon's JobRunr deadline manager hands over every deadline as
 * {@code () -> this.execute(serializedDeadlineDetails, deadlineId.toString())}. JobRunr learns what
 * a lambda calls by reading its bytecode with ASM, and its {@code CachingJobDetailsGenerator} skips
 * that after the first time only for lambdas whose arguments are their captured values as they are;
 * the {@code toString()} here defeats it, so each of a registration's reminder jobs was read again
 * (a quarter of the request threads' CPU during intake, docs/benchmarks.md). This generator gives
 * JobRunr the same details ({@code DeadlineJobDetailsTest} compares them with JobRunr's own) from
 * the lambda's three captured values, and hands every other lambda, or one whose captured values
 * are not the three it expects, to JobRunr's generator.
 */
public class DeadlineJobDetails implements JobDetailsGenerator {

    private static final String EXECUTE = "execute";

    private final JobDetailsGenerator jobRunrs;
    /** The fields holding the details and the deadline id, per lambda class; none if not Axon's deadline lambda. */
    private final Map<Class<?>, List<Field>> capturedByLambda = new ConcurrentHashMap<>();

    public DeadlineJobDetails(JobDetailsGenerator jobRunrs) {
        this.jobRunrs = jobRunrs;
    }

    @Override
    public JobDetails toJobDetails(JobLambda lambda) {
        List<Field> detailsAndId = capturedByLambda.computeIfAbsent(lambda.getClass(), DeadlineJobDetails::detailsAndId);
        if (detailsAndId.isEmpty()) {
            return jobRunrs.toJobDetails(lambda);
        }
        try {
            String details = (String) detailsAndId.get(0).get(lambda);
            String deadlineId = detailsAndId.get(1).get(lambda).toString();
            return new JobDetails(JobRunrDeadlineManager.class.getName(), null, EXECUTE,
                    List.of(new JobParameter(String.class, details), new JobParameter(String.class, deadlineId)));
        } catch (IllegalAccessException unreadable) {
            return jobRunrs.toJobDetails(lambda);
        }
    }

    @Override
    public JobDetails toJobDetails(IocJobLambda<?> lambda) {
        return jobRunrs.toJobDetails(lambda);
    }

    @Override
    public <T> JobDetails toJobDetails(T itemFromStream, JobLambdaFromStream<T> lambda) {
        return jobRunrs.toJobDetails(itemFromStream, lambda);
    }

    @Override
    public <S, T> JobDetails toJobDetails(T itemFromStream, IocJobLambdaFromStream<S, T> lambda) {
        return jobRunrs.toJobDetails(itemFromStream, lambda);
    }

    /** The lambda's String and UUID fields, if it is Axon's deadline lambda: declared by the manager, capturing it and those two. */
    private static List<Field> detailsAndId(Class<?> lambdaClass) {
        if (!lambdaClass.getName().startsWith(JobRunrDeadlineManager.class.getName() + "$$Lambda")) {
            return List.of();
        }
        Field[] captured = lambdaClass.getDeclaredFields();
        // captured values are named by their place: arg$1 for this, arg$2 and arg$3 for the rest
        Arrays.sort(captured, Comparator.comparing(Field::getName));
        List<Class<?>> types = Arrays.stream(captured).map(Field::getType).toList();
        if (!types.equals(List.of(JobRunrDeadlineManager.class, String.class, UUID.class))) {
            return List.of();
        }
        try {
            captured[1].setAccessible(true);
            captured[2].setAccessible(true);
            return List.of(captured[1], captured[2]);
        } catch (RuntimeException notOpen) {
            return List.of();
        }
    }
}
