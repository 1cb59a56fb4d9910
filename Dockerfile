# One image recipe for every deployable: docker build --build-arg MODULE=case-service .
# Build the jars first: ./mvnw -DskipTests package  (docker compose build does this per README)
FROM eclipse-temurin:21-jre
ARG MODULE
RUN useradd --system --uid 10001 tvaers
COPY ${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
USER 10001
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
