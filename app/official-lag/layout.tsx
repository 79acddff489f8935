export { SiteLayout as default } from "@/app/components/site-chrome";
