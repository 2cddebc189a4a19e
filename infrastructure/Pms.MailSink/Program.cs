using Pms.MailSink;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMailSink();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapMessagesApi();
app.MapFaultsApi();
app.MapMailboxPages();

app.Run();

public partial class Program;
