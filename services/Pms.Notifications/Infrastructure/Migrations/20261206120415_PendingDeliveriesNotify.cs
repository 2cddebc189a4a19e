using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pms.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PendingDeliveriesNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Delivered at commit, once per transaction that inserted messages; PendingDeliveryListener wakes the dispatcher.
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_pending_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('pending_deliveries', '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Deliveries_NotifyPending" AFTER INSERT ON "Deliveries"
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_pending_deliveries();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Deliveries_NotifyPending" ON "Deliveries";
                DROP FUNCTION notify_pending_deliveries();
                """);
        }
    }
}
