# syntax=docker/dockerfile:1
# Build: the production bundle and the executable jar, with the Maven wrapper and a JDK 25.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction || true
COPY src src
COPY frontend frontend
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/ctg-portal-*.jar /app.jar

# Run: a JRE, a non-root user, uploaded files on a volume, the prod profile (no demo, CTG_BASE_URL required); the
# database comes from CTG_DB_* variables.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 ctg && mkdir -p /var/lib/ctg/files && chown -R ctg /var/lib/ctg
USER ctg
WORKDIR /var/lib/ctg
COPY --from=build /app.jar /opt/ctg/app.jar
ENV CTG_FILES_DIR=/var/lib/ctg/files \
    SPRING_PROFILES_ACTIVE=prod \
    CTG_DEMO=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/opt/ctg/app.jar"]
