using Pms.Patients.Apis;
using Pms.Patients.Extensions;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Messaging.DeadLetters;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapPatientsApi();
app.MapDoctorsApi();
app.MapAppointmentsApi();
app.MapVisitsApi();
app.MapReportsApi();
app.MapDocumentsApi();
app.MapPatientMergesApi();
app.MapFhirPatientsApi();
app.MapFhirSchedulingApi();
app.MapDeadLetterApi("/api/patients");

return await app.RunServiceAsync(args);

public partial class Program;
