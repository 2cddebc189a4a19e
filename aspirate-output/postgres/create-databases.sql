CREATE DATABASE "auditdb";
CREATE DATABASE "authdb";
CREATE DATABASE "billingdb";
CREATE DATABASE "notificationdb";
CREATE DATABASE "patientdb";
