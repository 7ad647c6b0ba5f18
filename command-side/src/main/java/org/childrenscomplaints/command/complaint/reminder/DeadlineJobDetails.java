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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * the lambda's three captured values, and hands every other lambda, one whose captured values are
 * not the three it expects, or one of a subclass of the manager, to JobRunr's generator.
 */
public class DeadlineJobDetails implements JobDetailsGenerator {

    private static final String EXECUTE = "execute";
    private static final Captured NOT_A_DEADLINE = new Captured(null, null, null);

    private final JobDetailsGenerator jobRunrs;
    /** What each lambda class captured, if it is Axon's deadline lambda. */
    private final Map<Class<?>, Captured> capturedByLambda = new ConcurrentHashMap<>();

    public DeadlineJobDetails(JobDetailsGenerator jobRunrs) {
        this.jobRunrs = jobRunrs;
    }

    @Override
    public JobDetails toJobDetails(JobLambda lambda) {
        Captured captured = capturedByLambda.computeIfAbsent(lambda.getClass(), DeadlineJobDetails::captured);
        try {
            // JobRunr names the class of the object the lambda calls: Axon's manager, unless a subclass
            if (captured == NOT_A_DEADLINE || captured.manager().get(lambda).getClass() != JobRunrDeadlineManager.class) {
                return jobRunrs.toJobDetails(lambda);
            }
            String details = (String) captured.details().get(lambda);
            String deadlineId = captured.deadlineId().get(lambda).toString();
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

    /** The fields of Axon's deadline lambda: declared by the manager, capturing it, the details and the id. */
    private static Captured captured(Class<?> lambdaClass) {
        if (!lambdaClass.getName().startsWith(JobRunrDeadlineManager.class.getName() + "$$Lambda")) {
            return NOT_A_DEADLINE;
        }
        Map<Class<?>, Field> byType = new HashMap<>();
        for (Field field : lambdaClass.getDeclaredFields()) {
            byType.put(field.getType(), field);
        }
        if (lambdaClass.getDeclaredFields().length != 3 || !byType.keySet().equals(Set.of(JobRunrDeadlineManager.class, String.class, UUID.class))) {
            return NOT_A_DEADLINE;
        }
        try {
            byType.values().forEach(field -> field.setAccessible(true));
            return new Captured(byType.get(JobRunrDeadlineManager.class), byType.get(String.class), byType.get(UUID.class));
        } catch (RuntimeException notOpen) {
            return NOT_A_DEADLINE;
        }
    }

    private record Captured(Field manager, Field details, Field deadlineId) {
    }
}
