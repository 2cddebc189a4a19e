using Pms.MailSink;

var builder = WebApplication.CreateBuilder(args);
builder.AddMailSink();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapMessagesApi();
app.MapMailboxPages();
app.Run();

public partial class Program;
