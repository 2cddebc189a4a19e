#!/bin/bash
# Generated from the AppHost by tools/Pms.Deploy: PMS's topics, a Kafka user per service and its ACLs. Safe to run again.
set -eu
: "${KAFKA_ADMIN_PASSWORD:?set kafka-admin-password in secrets.env}"
umask 077
administrator=/tmp/administrator.properties
cat > "$administrator" <<PROPERTIES
security.protocol=${KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES
if [ -n "${KAFKA_TRUSTED_AUTHORITY:-}" ]; then
  printf 'ssl.truststore.type=PEM\nssl.truststore.location=%s\n' "${KAFKA_TRUSTED_AUTHORITY}" >> "$administrator"
fi
kafka() {
  tool="$1"
  shift
  "/opt/kafka/bin/kafka-$tool.sh" --bootstrap-server "${KAFKA_BOOTSTRAP_SERVERS}" --command-config "$administrator" "$@"
}
kafka topics --create --if-not-exists --topic auth-patient-registration --partitions 3 --replication-factor 1
kafka topics --create --if-not-exists --topic auth-account-notices --partitions 3 --replication-factor 1
kafka topics --create --if-not-exists --topic patient --partitions 3 --replication-factor 1
kafka topics --create --if-not-exists --topic billing --partitions 3 --replication-factor 1
kafka topics --create --if-not-exists --topic audit --partitions 3 --replication-factor 1
kafka configs --alter --entity-type users --entity-name audit --add-config "SCRAM-SHA-512=[password=${KAFKA_AUDIT_PASSWORD:?set kafka-audit-password in secrets.env}]"
kafka configs --alter --entity-type users --entity-name auth --add-config "SCRAM-SHA-512=[password=${KAFKA_AUTH_PASSWORD:?set kafka-auth-password in secrets.env}]"
kafka configs --alter --entity-type users --entity-name billing --add-config "SCRAM-SHA-512=[password=${KAFKA_BILLING_PASSWORD:?set kafka-billing-password in secrets.env}]"
kafka configs --alter --entity-type users --entity-name notifications --add-config "SCRAM-SHA-512=[password=${KAFKA_NOTIFICATIONS_PASSWORD:?set kafka-notifications-password in secrets.env}]"
kafka configs --alter --entity-type users --entity-name patients --add-config "SCRAM-SHA-512=[password=${KAFKA_PATIENTS_PASSWORD:?set kafka-patients-password in secrets.env}]"
kafka acls --add --allow-principal User:auth --operation Write --operation Describe --topic auth-patient-registration
kafka acls --add --allow-principal User:patients --operation Read --operation Describe --topic auth-patient-registration
kafka acls --add --allow-principal User:auth --operation Write --operation Describe --topic auth-account-notices
kafka acls --add --allow-principal User:notifications --operation Read --operation Describe --topic auth-account-notices
kafka acls --add --allow-principal User:patients --operation Write --operation Describe --topic patient
kafka acls --add --allow-principal User:billing --operation Read --operation Describe --topic patient
kafka acls --add --allow-principal User:notifications --operation Read --operation Describe --topic patient
kafka acls --add --allow-principal User:audit --operation Read --operation Describe --topic patient
kafka acls --add --allow-principal User:billing --operation Write --operation Describe --topic billing
kafka acls --add --allow-principal User:notifications --operation Read --operation Describe --topic billing
kafka acls --add --allow-principal User:auth --operation Write --operation Describe --topic audit
kafka acls --add --allow-principal User:patients --operation Write --operation Describe --topic audit
kafka acls --add --allow-principal User:billing --operation Write --operation Describe --topic audit
kafka acls --add --allow-principal User:notifications --operation Write --operation Describe --topic audit
kafka acls --add --allow-principal User:audit --operation Write --operation Describe --topic audit
kafka acls --add --allow-principal User:audit --operation Read --operation Describe --topic audit
kafka acls --add --allow-principal User:audit --operation Read --group audit
kafka acls --add --allow-principal User:billing --operation Read --group billing
kafka acls --add --allow-principal User:notifications --operation Read --group notifications
kafka acls --add --allow-principal User:patients --operation Read --group patients
