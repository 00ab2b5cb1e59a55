# hrdd as a stateless HTTP service: run as many instances as needed behind
# any load balancer. The rules are embedded in the binary.
#   docker build -t hrdd . && docker run -p 8181:8181 hrdd
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /hrdd ./cmd/hrdd

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /hrdd /hrdd
USER nonroot:nonroot
EXPOSE 8181
ENTRYPOINT ["/hrdd", "serve", "--addr", "0.0.0.0:8181"]
