# One image per service, built from the repository root:
#   docker build --build-arg SERVICE=command-side .   (or SERVICE=query-side)
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests -pl "$SERVICE" -am package && cp "$SERVICE"/target/"$SERVICE"-*-exec.jar /service.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 complaints
COPY --from=build /service.jar /app/service.jar
USER complaints
ENV SPRING_PROFILES_ACTIVE=production
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
