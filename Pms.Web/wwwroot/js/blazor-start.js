// Opens the live connection straight over WebSockets, skipping SignalR's negotiate request: with several replicas
// of the web front end, the negotiate request and the connection could otherwise reach different ones.
Blazor.start({
    circuit: {
        configureSignalR: builder => builder.withUrl('_blazor', { skipNegotiation: true, transport: 1 }),
    },
});
